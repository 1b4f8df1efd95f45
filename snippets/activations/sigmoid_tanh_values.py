import torch

x = torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0])
print("x          =", x)
print("sigmoid(x) =", torch.sigmoid(x))
print("tanh(x)    =", torch.tanh(x))

# Check both against their textbook formulas.
sig = 1 / (1 + torch.exp(-x))
th = (torch.exp(x) - torch.exp(-x)) / (torch.exp(x) + torch.exp(-x))
# tanh is a sigmoid stretched to (-1, 1): tanh(x) = 2 sigmoid(2x) - 1.
stretched = 2 * torch.sigmoid(2 * x) - 1
print("sigmoid = 1/(1+e^-x):        ", torch.allclose(torch.sigmoid(x), sig))
print("tanh = (e^x-e^-x)/(e^x+e^-x):", torch.allclose(torch.tanh(x), th))
print("tanh = 2 sigmoid(2x) - 1:    ", torch.allclose(torch.tanh(x), stretched))
