import torch

x = torch.zeros(2, 3)
row_offset = torch.tensor([1.0, 2.0])  # one value per ROW, shape (2,)

# Aligned from the right, (2,) meets the 3 columns: 2 != 3.
# Giving it shape (2, 1) lines it up with the rows instead.
fixed = x + row_offset.reshape(2, 1)
print("fixed =")
print(fixed)

x + row_offset  # raises RuntimeError
