// The NNLab module; see ARCHITECTURE.md in the design notes for what it owns.
