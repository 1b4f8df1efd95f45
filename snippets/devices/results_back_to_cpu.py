import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
model = nn.Linear(3, 2).to(device)
out = model(torch.randn(4, 3).to(device))

# One number: .item() copies it into a Python float.
print("mean:", round(out.mean().item(), 4))

# A whole tensor for NumPy: leave the graph, then come back to the CPU.
arr = out.detach().cpu().numpy()
print("arr:", type(arr).__name__, arr.shape, arr.dtype)
print("first row:", arr[0].round(4))
