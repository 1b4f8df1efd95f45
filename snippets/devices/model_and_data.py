import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
model.to(device)  # every parameter and buffer moves
opt = torch.optim.SGD(model.parameters(), lr=0.1)

x = torch.randn(16, 4)  # data is made (or loaded) on the CPU ...
y = x.sum(dim=1, keepdim=True)
x, y = x.to(device), y.to(device)  # ... and moved, batch by batch

loss = nn.functional.mse_loss(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()

print("parameters on:", {str(p.device) for p in model.parameters()})
print("data on:", x.device, y.device)
print("loss on:", loss.device)
print("loss.item():", round(loss.item(), 4))  # a plain Python float
