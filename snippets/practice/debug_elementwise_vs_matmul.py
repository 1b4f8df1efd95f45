import torch

torch.manual_seed(0)
x = torch.randn(10, 5)
y = torch.randn(10, 5)

print("x * y:", tuple((x * y).shape), "(element-wise, not a matmul)")
# A matrix product needs the inner sizes to agree: transpose one side.
print("x @ y.T:", tuple((x @ y.T).shape))
print("x.T @ y:", tuple((x.T @ y).shape))

x @ y  # raises RuntimeError
