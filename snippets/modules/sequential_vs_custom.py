import torch
from torch import nn


class TinyNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(4, 8)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        return self.out(torch.relu(self.hidden(x)))


torch.manual_seed(0)
seq = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
custom = TinyNet()  # its own random initial weights

x = torch.randn(5, 4)
print("before copying, equal:", torch.equal(seq(x), custom(x)))
pairs = zip(seq.named_parameters(), custom.named_parameters(), strict=True)
with torch.no_grad():  # copying weights is not part of any computation
    for (src_name, src), (dst_name, dst) in pairs:
        dst.copy_(src)
        print(f"  copied {src_name:8} -> {dst_name}")
print("after copying, equal: ", torch.equal(seq(x), custom(x)))
