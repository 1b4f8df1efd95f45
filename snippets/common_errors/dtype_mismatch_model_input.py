import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(3, 1)  # parameters are float32
features = np.ones((2, 3))  # NumPy's default float is float64
x = torch.from_numpy(features)
print("x dtype:     ", x.dtype)
print("weight dtype:", layer.weight.dtype)

# Fix: convert the data to the model's dtype.
out = layer(x.float())
print("output:", tuple(out.shape), out.dtype)

layer(x)  # raises RuntimeError
