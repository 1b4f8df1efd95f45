import numpy as np
import torch

img = np.array([[0, 128, 255]], dtype=np.uint8)  # pixels as loaded

# Fix: cast to float first, and divide out of place (a new tensor).
t = torch.from_numpy(img).float() / 255
print("t =", t, t.dtype)
print("img untouched:", img)

# The original bug: an in-place divide into the shared uint8 buffer.
bad = torch.from_numpy(img)
bad /= 255  # raises RuntimeError
