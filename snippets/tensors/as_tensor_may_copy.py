import numpy as np
import torch

arr = np.array([1.0, 2.0, 3.0])  # NumPy's default float is float64

# Asking for another dtype forces a conversion, and so a copy.
t32 = torch.as_tensor(arr, dtype=torch.float32)
t64 = torch.as_tensor(arr, dtype=torch.float64)

arr[0] = 100.0
print("arr =", arr)
print("t32 =", t32)
print("t64 =", t64)

# A Python list has no tensor buffer to share, so it is always copied.
data = [1.0, 2.0, 3.0]
from_list = torch.as_tensor(data)
data[0] = 100.0
print("from_list =", from_list)
