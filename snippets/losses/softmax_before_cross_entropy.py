import torch
import torch.nn.functional as F

# Sample 0 is confidently right, sample 1 confidently wrong.
logits = torch.tensor([[4.0, 0.0, -2.0], [-2.0, 4.0, 0.0]])
target = torch.tensor([0, 0])

right = logits.clone().requires_grad_()
loss_right = F.cross_entropy(right, target, reduction="none")
loss_right.mean().backward()

wrong = logits.clone().requires_grad_()
probs = wrong.softmax(dim=1)  # the bug: cross_entropy applies it again
loss_wrong = F.cross_entropy(probs, target, reduction="none")
loss_wrong.mean().backward()

print("per-sample loss from logits:       ", loss_right.detach())
print("per-sample loss from probabilities:", loss_wrong.detach())
print("grad from logits =")
print(right.grad)
print("grad from probabilities =")
print(wrong.grad)
