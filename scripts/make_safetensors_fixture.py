"""Writes Tests/NNLabTests/Fixtures/sequential.safetensors with the reference
`safetensors` Python package (pip install safetensors numpy).

The tensors are those of torch.nn.Sequential(Linear(2, 3), BatchNorm1d(3), ReLU(),
Linear(3, 2)) with simple known values, named and shaped as its state_dict():
N.weight [out, in], N.bias, and batch norm's running_mean, running_var and the
int64 scalar num_batches_tracked. nnlab must read it back exactly and write the
same model to the same bytes.
"""
import os

import numpy as np
from safetensors.numpy import save_file

tensors = {
    "0.weight": (np.arange(6, dtype=np.float32).reshape(3, 2) - 2.5) / 4,
    "0.bias": np.array([0.1, -0.2, 0.3], dtype=np.float32),
    "1.weight": np.array([1.0, 1.5, 0.5], dtype=np.float32),
    "1.bias": np.array([0.0, 0.25, -0.25], dtype=np.float32),
    "1.running_mean": np.array([0.01, 0.02, 0.03], dtype=np.float32),
    "1.running_var": np.array([0.9, 1.1, 1.3], dtype=np.float32),
    "1.num_batches_tracked": np.array(7, dtype=np.int64),
    "3.weight": np.array([[1e-3, -2e-3, 3.14159], [7.0, -0.5, 1 / 3]], dtype=np.float32),
    "3.bias": np.array([-1.0, 2.0], dtype=np.float32),
}
metadata = {"format": "pt", "nnlab.model": "linear(2,3) batchnorm(3) relu linear(3,2)"}
path = os.path.join(os.path.dirname(__file__), "..", "Tests", "NNLabTests", "Fixtures", "sequential.safetensors")
save_file(tensors, path, metadata=metadata)
print(os.path.normpath(path))
