import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
model = nn.Linear(3, 1).to(device)  # a module moves in place
x = torch.randn(5, 3)
y = torch.randn(5, 1)

x, y = x.to(device), y.to(device)  # the fix: keep the moved tensors
loss = nn.functional.mse_loss(model(x), y)

tensors = [x, y, model.weight, loss]
print("devices:", sorted({str(t.device) for t in tensors}))
print("loss:", round(loss.item(), 4))
