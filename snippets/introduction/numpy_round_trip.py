import numpy as np
import torch

arr = np.array([1.0, 2.0, 3.0])
t = torch.from_numpy(arr)  # NumPy -> PyTorch, sharing arr's memory
back = t.numpy()  # PyTorch -> NumPy, sharing the same memory again
copy = torch.tensor(arr)  # an independent copy

t[0] = 10.0  # one write, seen through every shared view
print("arr  =", arr)
print("back =", back)
print("copy =", copy)
print("dtypes:", arr.dtype, t.dtype)
print("NumPy default float:", np.array([0.5]).dtype)
print("PyTorch default float:", torch.tensor([0.5]).dtype)
