import torch


def kib(t):
    return t.numel() * t.element_size() / 1024


torch.manual_seed(0)
layer = torch.nn.Linear(1024, 1024)
x = torch.randn(32, 1024)

with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    out = layer(x)
out.float().sum().backward()

w = layer.weight
print("out:   ", tuple(out.shape), out.dtype, kib(out), "KiB")
print("weight:", tuple(w.shape), w.dtype, kib(w) / 1024, "MiB")
print("grad:  ", tuple(w.grad.shape), w.grad.dtype)
