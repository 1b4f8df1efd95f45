import torch

prices = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])  # (2, 3)
factor = torch.tensor([10.0, 100.0, 1000.0])  # (3,): one per column

# No error: * broadcasts, so each column gets its own factor.
print("prices * factor =")
print(prices * factor)

# A (2, 1) column gives one value per row instead.
per_row = torch.tensor([[1.0], [-1.0]])
print("prices * per_row =")
print(prices * per_row)

# A column plus a row builds a whole table: (3, 1) + (4,) -> (3, 4).
col = torch.tensor([[0], [10], [20]])
row = torch.tensor([1, 2, 3, 4])
print("col + row =")
print(col + row)

# Broadcasting does not copy: expand shows the stretched view.
print("expanded factor strides:", factor.expand(2, 3).stride())
