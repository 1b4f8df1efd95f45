import numpy as np
import torch

arr = np.array([1.0, 2.0, 3.0])
copied = torch.tensor(arr)  # always copies the data
shared = torch.from_numpy(arr)  # reuses the array's buffer
viewed = torch.as_tensor(arr)  # reuses it too (same dtype, CPU)

arr[0] = 100.0  # change the NumPy array after the tensors exist

print("arr    =", arr)
print("copied =", copied)
print("shared =", shared)
print("viewed =", viewed)

# Sharing works both ways: an in-place change to the tensor shows in arr.
shared[2] = -1.0
print("arr after shared[2] = -1:", arr)
print("same buffer:", shared.data_ptr() == viewed.data_ptr())
