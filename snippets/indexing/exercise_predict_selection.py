import torch

x = torch.tensor([4, -2, 7, 0, -5])

print("x[x > 0]                  =", x[x > 0])
print("x[[0, 0, 4]]              =", x[[0, 0, 4]])
print("torch.where(x < 0, -x, x) =", torch.where(x < 0, -x, x))
print("x.argmax()                =", x.argmax())
print("torch.nonzero(x == 0)     =", torch.nonzero(x == 0))
