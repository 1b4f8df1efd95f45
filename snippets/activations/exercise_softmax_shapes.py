import torch

torch.manual_seed(0)
logits = torch.randn(4, 10)  # 4 samples, 10 classes
probs = torch.softmax(logits, dim=1)
print("probs:              ", tuple(probs.shape))
print("probs.sum(dim=1):   ", tuple(probs.sum(dim=1).shape))
print("keepdim=True:       ", tuple(probs.sum(dim=1, keepdim=True).shape))
print("probs.argmax(dim=1):", tuple(probs.argmax(dim=1).shape))
same = torch.equal(probs.argmax(dim=1), logits.argmax(dim=1))
print("same argmax as the logits:", same)
