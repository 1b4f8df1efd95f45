import einops
import torch

torch.manual_seed(0)
q = torch.randn(2, 5, 8)  # batch, query position, feature
k = torch.randn(2, 6, 8)  # batch, key position, feature

# einops.einsum takes whole words as axis names; the pattern goes last.
scores = einops.einsum(q, k, "batch q d, batch k d -> batch q k")
print("scores shape:", tuple(scores.shape))

# The same product in torch.einsum letters, and with matmul.
letters = torch.einsum("bqd,bkd->bqk", q, k)
print("equal torch.einsum:", torch.equal(scores, letters))
print("close to q @ k^T:  ", torch.allclose(scores, q @ k.transpose(1, 2)))
