import numpy as np
import torch

# A 2x3 RGB image as NumPy-style libraries hold it: H x W x C.
hwc = np.arange(18, dtype=np.float32).reshape(2, 3, 3)
img = torch.from_numpy(hwc).permute(2, 0, 1)  # C x H x W
print("hwc shape:", hwc.shape, " img shape:", tuple(img.shape))

# Each channel is now one H x W plane.
print("red plane img[0] =")
print(img[0])
print("hwc[1, 2, 0]:", hwc[1, 2, 0].item())
print("img[0, 1, 2]:", img[0, 1, 2].item())

# Models take a batch: add a leading axis of size 1.
batch = img.unsqueeze(0)
print("batch shape:", tuple(batch.shape))

# Still NumPy's buffer: nothing has been copied so far.
hwc[0, 0, 0] = -1.0
print("batch[0, 0, 0, 0] after the NumPy write:", batch[0, 0, 0, 0].item())
