"""Writes the PyTorch-style fixtures nnlab's weight-loading tests read: the state_dict of
nn.Sequential(Linear(4,16), BatchNorm1d(16), ReLU(), Linear(16,16), Tanh(), Linear(16,3))
as safetensors.torch.save_file writes it (PyTorch's tensor names, shapes and dtypes,
`1.num_batches_tracked` as a 0-d I64, no nnlab description), in F32, F16, BF16 and F64,
with the data and the eval-mode logits and accuracy computed here in float64 numpy.

torch itself could not be installed on the machine that made them (its CPU wheel index
was unreachable), so the state_dict is built with numpy and written with the reference
safetensors package (`safetensors.numpy`); the file layout is the same.

Usage: pip install safetensors numpy && python3 scripts/make_torch_fixture.py
"""
import json
import pathlib

import numpy as np
from safetensors.numpy import save_file

out = pathlib.Path(__file__).resolve().parent.parent / "Tests/NNLabTests/Fixtures/torch"
out.mkdir(parents=True, exist_ok=True)
rng = np.random.default_rng(0)

centres = np.array([[0.0, 0, 0, 0], [2, 1, 0, -1], [-1, 2, 1, 1]])
x = np.concatenate([centres[c] + 0.7 * rng.standard_normal((30, 4)) for c in range(3)]).astype(np.float32)
y = np.repeat(np.arange(3), 30)


def linear(inputs, outputs):
    bound = 1 / np.sqrt(inputs)
    return (rng.uniform(-bound, bound, (outputs, inputs)).astype(np.float32),
            rng.uniform(-bound, bound, outputs).astype(np.float32))


w0, b0 = linear(4, 16)
w3, b3 = linear(16, 16)
w5, b5 = linear(16, 3)
# Least squares on the hidden features makes the last layer a real classifier.
state = {
    "0.weight": w0, "0.bias": b0,
    "1.weight": rng.uniform(0.5, 1.5, 16).astype(np.float32), "1.bias": rng.uniform(-0.2, 0.2, 16).astype(np.float32),
    "1.running_mean": (x @ w0.T + b0).mean(0).astype(np.float32),
    "1.running_var": (x @ w0.T + b0).var(0).astype(np.float32) + np.float32(0.1),
    "1.num_batches_tracked": np.array(150, dtype=np.int64),
    "3.weight": w3, "3.bias": b3,
}


def hidden(features, s):
    z = features.astype(np.float64) @ s["0.weight"].T.astype(np.float64) + s["0.bias"]
    z = (z - s["1.running_mean"]) / np.sqrt(s["1.running_var"].astype(np.float64) + 1e-5) * s["1.weight"] + s["1.bias"]
    z = np.maximum(z, 0)
    return np.tanh(z @ s["3.weight"].T.astype(np.float64) + s["3.bias"])


h = hidden(x, state)
targets = np.eye(3)[y] * 4 - 2
solution, *_ = np.linalg.lstsq(np.hstack([h, np.ones((len(h), 1))]), targets, rcond=None)
state["5.weight"] = solution[:-1].T.astype(np.float32).copy()
state["5.bias"] = solution[-1].astype(np.float32).copy()
logits = hidden(x, state) @ state["5.weight"].T.astype(np.float64) + state["5.bias"]
accuracy = float((logits.argmax(1) == y).mean())

save_file(state, str(out / "net-f32.safetensors"))
for name, dtype in [("f16", np.float16), ("f64", np.float64)]:
    save_file({k: v.astype(dtype) if v.dtype == np.float32 else v for k, v in state.items()}, str(out / f"net-{name}.safetensors"))
# numpy has no bfloat16: keep the upper 16 bits of each F32 (bfloat16 by truncation).
bf16 = {k: (v.view(np.uint32) >> 16).astype(np.uint16) if v.dtype == np.float32 else v for k, v in state.items()}
save_file(bf16, str(out / "net-bf16.safetensors"))
raw = (out / "net-bf16.safetensors").read_bytes()
length = int.from_bytes(raw[:8], "little")
header = raw[8:8 + length].decode().replace('"U16"', '"BF16"').encode()
header += b" " * (-len(header) % 8)
(out / "net-bf16.safetensors").write_bytes(len(header).to_bytes(8, "little") + header + raw[8 + length:])

rows = ["f0,f1,f2,f3,label"] + [",".join(f"{v:.9g}" for v in row) + f",{label}" for row, label in zip(x.tolist(), y.tolist())]
(out / "data.csv").write_text("\n".join(rows) + "\n")
(out / "expected.json").write_text(json.dumps({
    "model": "model 4 -> 16 batchnorm relu -> 16 tanh -> 3",
    "accuracy": accuracy, "num_batches_tracked": 150, "logits": logits.tolist(),
}) + "\n")
print(f"accuracy {accuracy:.4f}, files in {out}")
