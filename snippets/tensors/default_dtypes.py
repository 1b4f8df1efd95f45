import numpy as np
import torch

# Floating-point factories use the global default, float32.
print("default float:", torch.get_default_dtype())
print("zeros:        ", torch.zeros(2).dtype)
print("rand:         ", torch.rand(2).dtype)

# Integer data defaults to int64, comparisons give bool.
print("tensor([1,2]):", torch.tensor([1, 2]).dtype)
print("arange(3):    ", torch.arange(3).dtype)
print("comparison:   ", (torch.arange(3) > 1).dtype)

# NumPy data keeps NumPy's dtype, and NumPy defaults to float64.
print("from numpy:   ", torch.tensor(np.array([0.5, 1.5])).dtype)
