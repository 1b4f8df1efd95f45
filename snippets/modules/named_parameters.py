from torch import nn


class TinyNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(4, 8)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        return self.out(self.hidden(x).relu())


model = TinyNet()
for name, p in model.named_parameters():
    shape = str(tuple(p.shape))
    print(f"{name:14} shape={shape:7} requires_grad={p.requires_grad}")

params = list(model.parameters())  # the same tensors, without names
print("number of tensors:", len(params))
print("type of each:     ", type(params[0]).__name__)
print("is model.hidden.weight:", params[0] is model.hidden.weight)
