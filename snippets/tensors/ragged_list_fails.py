import torch

# A tensor is a rectangular block: every row needs the same length.
ok = torch.tensor([[1, 2, 3], [4, 5, 6]])
print("ok shape:", tuple(ok.shape))

bad = torch.tensor([[1, 2, 3], [4, 5]])  # raises ValueError
