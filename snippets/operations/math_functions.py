import torch

x = torch.tensor([0.25, 1.0, 4.0])

# Element-wise functions return a new tensor of the same shape.
print("sqrt(x):", torch.sqrt(x))
print("exp(x): ", torch.exp(x))
print("log(x): ", torch.log(x))

# log undoes exp (up to float32 rounding).
print("log(exp(x)):", torch.log(torch.exp(x)))

s = torch.tensor([-2.5, 0.0, 1.5])
print("abs(s):", torch.abs(s))
# Every function is also a method: s.abs() is torch.abs(s).
print("method:", s.abs())

# Integer input: sqrt, exp and log compute in the default float dtype.
n = torch.tensor([1, 4, 9])
print("sqrt(int):", torch.sqrt(n), torch.sqrt(n).dtype)
print("abs(int): ", torch.abs(-n), torch.abs(-n).dtype)
