import torch
from torch import nn

logits = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])  # 2 samples
rows = torch.softmax(logits, dim=1)  # one distribution per sample
cols = torch.softmax(logits, dim=0)  # normalises across the batch
print("dim=1 =")
print(rows)
print("row sums:", rows.sum(dim=1))
print("dim=0 =")
print(cols)
print("row sums:", cols.sum(dim=1))
print("module:", nn.Softmax(dim=-1))  # dim=-1: the last axis, like dim=1
