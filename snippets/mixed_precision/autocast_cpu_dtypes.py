import torch
from torch.nn import functional as F

torch.manual_seed(0)
lin = torch.nn.Linear(4, 3)
x = torch.randn(8, 4)  # float32 input, float32 weights
target = torch.randint(0, 3, (8,))

with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    out = lin(x)
    results = {
        "linear": out,
        "x @ x.T": x @ x.T,
        "relu": torch.relu(out),
        "softmax": torch.softmax(out, dim=1),
        "sum": out.sum(),
        "exp(x)": torch.exp(x),
        "cross_entropy": F.cross_entropy(out, target),
        "mse_loss": F.mse_loss(out, torch.zeros(8, 3)),
    }
for name, t in results.items():
    print(f"{name:14}", t.dtype)
print("weight inside:", lin.weight.dtype)
