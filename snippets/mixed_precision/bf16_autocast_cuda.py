# snippet: requires=cuda
import torch
from torch.nn import functional as F

torch.manual_seed(0)
model = torch.nn.Linear(4, 3).to("cuda")
x = torch.randn(8, 4).to("cuda")
target = torch.randint(0, 3, (8,)).to("cuda")

# bfloat16 has float32's range, so no GradScaler is needed.
with torch.autocast(device_type="cuda", dtype=torch.bfloat16):
    out = model(x)
    probs = torch.softmax(out, dim=1)
    total = out.sum()
    loss = F.cross_entropy(out, target)
loss.backward()

print("linear: ", out.dtype)
print("softmax:", probs.dtype)
print("sum:    ", total.dtype)
print("loss:   ", loss.dtype)
print("weight.grad:", model.weight.grad.dtype)
