import torch
import torch.nn.functional as F

# Dark on the left (0), bright on the right (1): a vertical edge.
img = torch.tensor([[0.0, 0.0, 1.0, 1.0, 1.0]]).repeat(4, 1)
x = img.reshape(1, 1, 4, 5)
k = torch.tensor([[-1.0, 1.0]]).reshape(1, 1, 1, 2)  # right minus left

out = F.conv2d(x, k)
print("image =")
print(img)
print("output shape:", tuple(out.shape))
print("output =")
print(out[0, 0])
print("with the kernel negated =")
print(F.conv2d(x, -k)[0, 0])
