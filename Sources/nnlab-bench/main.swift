print("nnlab-bench: not built yet")
