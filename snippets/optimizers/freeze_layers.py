import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8),  # pretend these two layers were pretrained
    nn.BatchNorm1d(8),
    nn.ReLU(),
    nn.Linear(8, 2),  # the new head to train
)
model[0].requires_grad_(False)  # freezes every parameter of the module
model[1].requires_grad_(False)
for name, p in model.named_parameters():
    print(f"{name:9} requires_grad={p.requires_grad}")

trainable = [p for p in model.parameters() if p.requires_grad]
print("tensors given to the optimizer:", len(trainable))
opt = torch.optim.SGD(trainable, lr=0.1)

frozen_before = model[0].weight.clone()
head_before = model[3].weight.clone()
X, y = torch.randn(32, 4), torch.randint(0, 2, (32,))
for _ in range(5):
    loss = nn.functional.cross_entropy(model(X), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("frozen grad:", model[0].weight.grad)
print("frozen weight unchanged:", torch.equal(model[0].weight, frozen_before))
print("head weight unchanged:  ", torch.equal(model[3].weight, head_before))
