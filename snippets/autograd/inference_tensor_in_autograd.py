import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.inference_mode():
    features = torch.tensor([3.0, 4.0]) * 2  # e.g. a cached preprocessing

# A no_grad result is ordinary data and can be used in training later.
with torch.no_grad():
    ok_features = torch.tensor([3.0, 4.0]) * 2
(w * ok_features).sum().backward()
print("w.grad with the no_grad tensor:", w.grad)

# A clone taken outside inference mode is a normal tensor again.
print("clone is_inference:", features.clone().is_inference())

# Mul saves its inputs for backward, and an inference tensor cannot be saved.
loss = (w * features).sum()  # raises RuntimeError
