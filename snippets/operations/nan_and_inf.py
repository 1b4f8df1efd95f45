import torch

x = torch.tensor([-1.0, 0.0, 1.0])

# Outside a function's domain there is no error, only special values.
print("log(x): ", torch.log(x))
print("sqrt(x):", torch.sqrt(x))
print("1 / x:  ", 1 / x)

# They spread: any sum that meets a nan is nan.
print("sum of log(x):", torch.log(x).sum())

# Test for them explicitly; nan is not even equal to itself.
y = torch.log(x)
print("isnan:   ", torch.isnan(y))
print("isinf:   ", torch.isinf(y))
print("isfinite:", torch.isfinite(y))
print("nan == nan:", (y[0] == y[0]).item())
