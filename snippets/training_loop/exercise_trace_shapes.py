import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
ds = TensorDataset(torch.randn(800, 20), torch.randint(0, 3, (800,)))
loader = DataLoader(ds, batch_size=32)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 3))

xb, yb = next(iter(loader))
logits = model(xb)
loss = nn.functional.cross_entropy(logits, yb)
pred = logits.argmax(dim=1)
correct = (pred == yb).sum().item()
print("xb:", tuple(xb.shape), "| yb:", tuple(yb.shape))
print("logits:", tuple(logits.shape))
print("loss:", tuple(loss.shape))
print("pred:", tuple(pred.shape), pred.dtype)
print("correct is a", type(correct).__name__)
print("optimizer steps per epoch:", len(loader))
