import torch
from torch import nn

x = torch.tensor(
    [
        [1.0, 3.0, 2.0, 0.0],
        [5.0, 4.0, 1.0, 1.0],
        [0.0, 2.0, 6.0, 8.0],
        [1.0, 1.0, 7.0, 3.0],
    ]
).reshape(1, 1, 4, 4)
print("x =")
print(x[0, 0])

# kernel_size=2: look at 2x2 windows; stride defaults to kernel_size,
# so the windows do not overlap.
max_out = nn.MaxPool2d(kernel_size=2)(x)
avg_out = nn.AvgPool2d(kernel_size=2)(x)
print("max pool shape:", tuple(max_out.shape))
print("max pool =")
print(max_out[0, 0])
print("avg pool =")
print(avg_out[0, 0])
print("pooling parameters:", len(list(nn.MaxPool2d(2).parameters())))
