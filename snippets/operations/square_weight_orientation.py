import torch

# W maps 3 inputs to 3 outputs, stored as (out, in) like nn.Linear.
W = torch.tensor([[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [1.0, 1.0, 1.0]])
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])

# The truth for sample 0, written as matrix times column vector.
print("W @ x[0]:", W @ x[0])

# Three candidates for all samples; each runs and returns (3, 3).
candidates = {
    "x @ W.T": x @ W.T,  # each row of x times W transposed
    "x @ W": x @ W,  # forgot the transpose
    "x * W": x * W,  # meant a product, wrote element-wise
}
for name, out in candidates.items():
    print(f"{name:>7}: shape {tuple(out.shape)}, row 0 {out[0]}")
