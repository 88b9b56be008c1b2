// The NNLessons module; see ARCHITECTURE.md in the design notes for what it owns.
