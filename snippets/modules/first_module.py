import torch
from torch import nn


class TinyNet(nn.Module):
    def __init__(self):
        super().__init__()  # sets up the registries the layers go into
        self.hidden = nn.Linear(4, 8)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        return self.out(torch.relu(self.hidden(x)))


torch.manual_seed(0)
model = TinyNet()
x = torch.randn(5, 4)  # a batch of 5 samples with 4 features each
y = model(x)  # call the model itself; it runs forward for you

print("input shape: ", tuple(x.shape))
print("output shape:", tuple(y.shape))
print("output grad_fn:", type(y.grad_fn).__name__)  # tracked via weights
print("first row:", y[0].detach())
