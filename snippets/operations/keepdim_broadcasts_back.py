import torch

counts = torch.tensor([[1.0, 3.0, 4.0], [2.0, 2.0, 6.0]])  # (2, 3)

# Turn each row into fractions of its total.
totals = counts.sum(dim=1, keepdim=True)  # (2, 1): lines up with rows
print("totals shape:", tuple(totals.shape))
shares = counts / totals
print("shares =")
print(shares)
print("row sums:", shares.sum(dim=1))

# Without keepdim the totals have shape (2,), which aligns with columns.
flat = counts.sum(dim=1)
print("flat shape:", tuple(flat.shape))
counts / flat  # raises RuntimeError
