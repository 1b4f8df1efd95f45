import math

import torch
import torch.nn.functional as F

# A model that has no opinion yet: every logit is zero.
ce = F.cross_entropy(torch.zeros(2, 4), torch.tensor([1, 3]))
bce = F.binary_cross_entropy_with_logits(torch.zeros(3), torch.ones(3))

print("cross_entropy, 4 classes:", round(ce.item(), 4))
print("log(4):                  ", round(math.log(4), 4))
print("bce_with_logits:         ", round(bce.item(), 4))
print("log(2):                  ", round(math.log(2), 4))
