import torch

x = torch.arange(12).reshape(3, 4)
idx = torch.tensor([2, 0])
print("idx:", idx)

rows = x.index_select(0, idx)  # rows 2 and 0, in that order
print("x.index_select(0, idx) =")
print(rows)
print("equals x[idx]:", torch.equal(rows, x[idx]))

cols = x.index_select(1, idx)  # columns 2 and 0
print("x.index_select(1, idx) =")
print(cols)
print("equals x[:, idx]:", torch.equal(cols, x[:, idx]))
