import torch

torch.manual_seed(0)
x = torch.randn(10, 5)
y = torch.randn(10, 5)

print("x * y:  ", tuple((x * y).shape))  # element-wise, no sums at all
print("x @ y.T:", tuple((x @ y.T).shape))  # every row of x with every row of y
print("x.T @ y:", tuple((x.T @ y).shape))  # every column with every column

x @ y  # raises RuntimeError
