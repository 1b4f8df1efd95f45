import torch

torch.manual_seed(0)
body = torch.nn.Linear(4, 8)
head = torch.nn.Linear(8, 2)
x = torch.randn(3, 4)

# The fix: the whole forward pass runs inside autocast.
with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    out = head(body(x))
print("fixed:", tuple(out.shape), out.dtype)

# The bug: the head runs after the context has closed.
with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    h = body(x)
print("h:", h.dtype, "| head.weight:", head.weight.dtype)
head(h)  # raises RuntimeError
