import torch

a = torch.tensor([7, -7, 6])
b = torch.tensor([2, 2, 3])

# "/" is true division: integer inputs still give a float result.
q = a / b
print("a / b  =", q, q.dtype)

# "//" is floor division: it stays integer and rounds toward -inf.
print("a // b =", a // b)

# torch.div can also truncate toward zero instead of flooring.
print("trunc  =", torch.div(a, b, rounding_mode="trunc"))
