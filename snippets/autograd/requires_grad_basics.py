import torch

# Plain data: autograd ignores it unless asked.
x = torch.tensor([1.0, 2.0, 3.0])
print("default requires_grad:", x.requires_grad)

# Mark a tensor as something we want gradients for.
w = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
print("w =", w)

# Any result that depends on w is tracked too.
y = w * x
print("y =", y)
print("y.requires_grad:", y.requires_grad)

# A result computed only from untracked tensors is plain data.
z = x * 2
print("z =", z)
print("z.requires_grad:", z.requires_grad)

# requires_grad_() switches tracking on in place, e.g. after loading data.
x.requires_grad_()
print("x after requires_grad_():", x)
