import numpy as np
import torch

hwc = np.arange(18).reshape(2, 3, 3)  # H x W x C, channel = value % 3

wrong = torch.from_numpy(hwc).reshape(3, 2, 3)  # right shape only
right = torch.from_numpy(hwc).permute(2, 0, 1)

print("wrong[0] =")
print(wrong[0])
print("right[0] =")
print(right[0])
print("same tensor:", torch.equal(wrong, right))
