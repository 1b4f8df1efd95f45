import torch
from torch import nn


class Scale(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(3))  # registered, trained
        self.register_buffer("offset", torch.zeros(3))  # saved, not trained
        self.plain = torch.ones(3, requires_grad=True)  # just an attribute

    def forward(self, x):
        return x * self.weight * self.plain + self.offset


m = Scale()
print("parameters:", [name for name, _ in m.named_parameters()])
print("buffers:   ", [name for name, _ in m.named_buffers()])
print("state_dict:", list(m.state_dict().keys()))
print("plain.requires_grad:", m.plain.requires_grad)
