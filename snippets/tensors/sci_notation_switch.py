import torch

a = torch.tensor([0.5, 1.5, 2.5])
print("a          =", a)

# One tiny element (below 1e-4) switches the WHOLE tensor to e-notation.
b = torch.tensor([0.5, 1.5, 2.5, 0.00001])
print("b          =", b)

# So does a spread above 1000x between the largest and smallest value.
c = torch.tensor([0.5, 1.5, 2000.0])
print("c          =", c)

# sci_mode=False forces fixed-point output, at the cost of hiding b[3].
torch.set_printoptions(sci_mode=False)
print("b, sci off =", b)
torch.set_printoptions(profile="default")
print("b[3] is not zero:", bool(b[3] != 0))
