import numpy as np
import torch

# An RGB image as PIL and NumPy store it: height, width, channels.
img = np.zeros((256, 256, 3), dtype=np.uint8)
t = torch.from_numpy(img)
print("H, W, C:", tuple(t.shape))

chw = t.permute(2, 0, 1)  # channels first, as PyTorch layers expect
print("C, H, W:", tuple(chw.shape))

batch = chw.unsqueeze(0).float() / 255  # add a batch axis and scale
print("B, C, H, W:", tuple(batch.shape), batch.dtype)
