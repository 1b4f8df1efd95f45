import torch
import torch.nn.functional as F

# One sample of class 0 that the model scores far too high.
z = torch.tensor([17.0], requires_grad=True)
target = torch.tensor([0.0])

F.binary_cross_entropy(torch.sigmoid(z), target).backward()
print("grad via sigmoid + BCELoss:  ", z.grad)

z.grad = None
F.binary_cross_entropy_with_logits(z, target).backward()
# The exact gradient is sigmoid(z) - target.
print("grad via BCEWithLogitsLoss:  ", z.grad)
print("sigmoid(z) - target:         ", torch.sigmoid(z.detach()) - target)
