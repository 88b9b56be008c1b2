print("nnlab: not built yet")
