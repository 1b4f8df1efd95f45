import torch
from torch import nn

model = nn.Sequential(
    nn.Linear(10, 64),
    nn.ReLU(),
    nn.Linear(64, 64),
    nn.ReLU(),
    nn.Linear(64, 3),
)
model[:4].requires_grad_(False)  # everything but the last layer

total = sum(p.numel() for p in model.parameters())
trainable = [p for p in model.parameters() if p.requires_grad]
print("all parameters:      ", total)
print("trainable parameters:", sum(p.numel() for p in trainable))
opt = torch.optim.Adam(trainable)
print("tensors in the optimizer:", len(opt.param_groups[0]["params"]))
